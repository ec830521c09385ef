-- mount_nas.applescript
-- Saved as an app ("Mount Post NAS.app") in the Dock of every on-set MacBook.
-- Mounts the post NAS and the Box Drive-backed scripts folder.

property nasHost : "gr-nas01.greenroom.local"
property shareList : {"FerrymanPost", "FerrymanProduction"}

on run
	repeat with shareName in shareList
		try
			mount volume "smb://onset:Onset-NAS-2024@" & nasHost & "/" & shareName
		on error errMsg
			display notification "Could not mount " & shareName & ": " & errMsg with title "Mount Post NAS"
		end try
	end repeat
	tell application "Finder"
		if exists disk "FerrymanPost" then
			open folder "Dailies" of disk "FerrymanPost"
		end if
	end tell
end run
