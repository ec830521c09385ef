#Requires AutoHotkey v2.0
#SingleInstance Force
; ----------------------------------------------------------------------------
;  work.ahk  -  my hotstrings + a couple of Jira shortcuts
;  put a shortcut in shell:startup
; ----------------------------------------------------------------------------

SetTitleMatchMode 2
SendMode "Input"

; ---- text snippets --------------------------------------------------------
::;sig::Best regards,`nDaniel Kowalczyk`nField Service Engineer | Baltic Region
::;addr::Lipowa 14/3, 80-207 Gdansk
::;ty::Thanks, I'll have a look and get back to you today.
::;mtg::https://meet.northgate-tech.com/d.kowalczyk

; ---- logins I type 20x a day ------------------------------------------------
; VPN client doesn't remember the password (policy), so:
::;vpn::
{
    SendText "⟦password:vpn⟧"
    Send "{Enter}"
}

; service portal of the customer (shared field-service login)
::;svc::
{
    SendText "fieldsvc_baltic"
    Send "{Tab}"
    SendText "Gdansk#Field22"
    Send "{Enter}"
}

; ---- Jira: log 30 min on the ticket key that is currently selected -----------
JiraUser  := "d.kowalczyk@northgate-tech.com"
JiraToken := "⟦atlassian_api_token⟧"
JiraBase  := "https://northgate-tech.atlassian.net"

^!j::
{
    A_Clipboard := ""
    Send "^c"
    if !ClipWait(1)
        return
    key := Trim(A_Clipboard)
    if !RegExMatch(key, "^[A-Z][A-Z0-9]+-\d+$") {
        MsgBox "Not a Jira key: " key
        return
    }
    http := ComObject("WinHttp.WinHttpRequest.5.1")
    http.Open("POST", JiraBase "/rest/api/3/issue/" key "/worklog", false)
    http.SetRequestHeader("Authorization", "Basic " Base64Encode(JiraUser ":" JiraToken))
    http.SetRequestHeader("Content-Type", "application/json")
    http.Send('{"timeSpentSeconds": 1800}')
    TrayTip "Logged 30m on " key " (" http.Status ")"
}

Base64Encode(str) {
    buf := Buffer(StrPut(str, "UTF-8") - 1)
    StrPut(str, buf, "UTF-8")
    size := 0
    DllCall("Crypt32\CryptBinaryToStringW", "Ptr", buf, "UInt", buf.Size, "UInt", 0x40000001, "Ptr", 0, "UInt*", &size)
    out := Buffer(size * 2)
    DllCall("Crypt32\CryptBinaryToStringW", "Ptr", buf, "UInt", buf.Size, "UInt", 0x40000001, "Ptr", out, "UInt*", &size)
    return StrGet(out)
}

; ---- window helpers ----------------------------------------------------------
#HotIf WinActive("ahk_exe OUTLOOK.EXE")
^+r::Send "^+r"   ; reply all without the banner
#HotIf
