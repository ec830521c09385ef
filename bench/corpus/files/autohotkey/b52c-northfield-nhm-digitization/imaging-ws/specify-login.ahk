; specify-login.ahk -- herbarium imaging stations
; Ctrl+Alt+L types the shared Specify 7 login on the label-transcription station so the
; student workers don't have to know it. (Yes, I know. -- KT)
#NoEnv
#SingleInstance Force
SendMode Input
SetTitleMatchMode, 2

SpecifyUser := "transcription"
SpecifyPass := "⟦password:specify-transcription⟧"

^!l::
    IfWinActive, Specify
    {
        Send, %SpecifyUser%{Tab}
        Sleep, 150
        Send, {Raw}%SpecifyPass%
        Send, {Enter}
    }
    else
    {
        MsgBox, 48, Specify login, Click into the Specify login page first.
    }
return

; Ctrl+Alt+B: scan the barcode into the catalog number field and jump to "Locality"
^!b::
    Send, {Tab 3}
return
