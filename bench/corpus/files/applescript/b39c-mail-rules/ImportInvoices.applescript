-- ImportInvoices.applescript
-- Mail.app rule action: "From contains invoices@ OR Subject contains Rechnung"
-- Saves PDF attachments to the bookkeeping folder, creates a Todoist task to pay it,
-- and forwards a copy to the accountant's Mailgun inbound route.
--
-- Install: ~/Library/Application Scripts/com.apple.mail/ImportInvoices.scpt

property invoiceFolder : "/Users/annika/Documents/Buchhaltung/Eingang/"
property todoistToken : "⟦b39c_todoist_token⟧"
property todoistProject : "2331845512"
property mailgunDomain : "mg.studio-lindgren.de"

using terms from application "Mail"
	on perform mail action with messages theMessages for rule theRule
		repeat with msg in theMessages
			set senderName to extract name from sender of msg
			set subj to subject of msg
			set saved to {}
			repeat with att in mail attachments of msg
				set attName to name of att
				if attName ends with ".pdf" or attName ends with ".PDF" then
					set dest to invoiceFolder & (do shell script "date +%Y-%m-%d") & "_" & attName
					save att in POSIX file dest
					set end of saved to dest
				end if
			end repeat
			if (count of saved) > 0 then
				my createTask("Rechnung bezahlen: " & senderName & " – " & subj)
				repeat with f in saved
					my forwardToAccountant(f as text, subj)
				end repeat
			end if
		end repeat
	end perform mail action with messages
end using terms from

on createTask(taskTitle)
	set payload to "{\"content\": " & quoted form of taskTitle & ", \"project_id\": \"" & todoistProject & "\", \"due_string\": \"in 5 days\"}"
	do shell script "curl -s -X POST https://api.todoist.com/rest/v2/tasks " & ¬
		"-H 'Authorization: Bearer " & todoistToken & "' " & ¬
		"-H 'Content-Type: application/json' " & ¬
		"--data " & quoted form of payload
end createTask

on forwardToAccountant(pdfPath, subj)
	do shell script "curl -s --user 'api:⟦mailgun_api_key⟧' " & ¬
		"https://api.eu.mailgun.net/v3/" & mailgunDomain & "/messages " & ¬
		"-F from='Studio Lindgren <belege@" & mailgunDomain & ">' " & ¬
		"-F to=belege-7731@steuerkanzlei-hofer.de " & ¬
		"-F subject=" & quoted form of subj & " " & ¬
		"-F attachment=@" & quoted form of pdfPath
end forwardToAccountant

-- newer approach for the other scripts: read the key from the login keychain
on keychainSecret(serviceName)
	return do shell script "security find-generic-password -s " & quoted form of serviceName & " -w"
end keychainSecret
