Imports System.Data.OleDb
Imports System.Data.SqlClient
Imports System.Net
Imports System.Net.Mail

' ============================================================================
'  AccessMigrator
'  Copies the old membership database (Members.accdb, password protected) into
'  the new SQL Server and mails the secretary a summary. Run once per branch.
'  Written for the Harbourside Rowing Club, 2023.
' ============================================================================
Module Module1

    Private Const AccessPath As String = "\\clubnas\office\Members.accdb"
    Private Const AccessConn As String =
        "Provider=Microsoft.ACE.OLEDB.12.0;Data Source=" & AccessPath & ";Jet OLEDB:Database Password=Oars&Rudder88;"

    Private Const SqlConn As String =
        "Server=tcp:harbourside-rc.database.windows.net,1433;Initial Catalog=Membership;User ID=migrator;Password=⟦db_password:azsql⟧;Encrypt=True;"

    ' club Gmail account, app password (2FA is on)
    Private ReadOnly MailCred As New NetworkCredential("harbourside.rc.office@gmail.com", "⟦google_app_password⟧")

    Sub Main()
        Dim copied As Integer = 0
        Dim skipped As Integer = 0

        Using src As New OleDbConnection(AccessConn), dst As New SqlConnection(SqlConn)
            src.Open()
            dst.Open()

            Dim cmd As New OleDbCommand("SELECT MemberNo, Surname, Forename, Email, Phone, JoinDate, Category FROM tblMembers", src)
            Using rdr As OleDbDataReader = cmd.ExecuteReader()
                While rdr.Read()
                    Dim email As String = If(IsDBNull(rdr("Email")), Nothing, rdr("Email").ToString().Trim())
                    If String.IsNullOrEmpty(email) Then
                        skipped += 1
                        Continue While
                    End If

                    Using ins As New SqlCommand(
                        "INSERT INTO dbo.Member (MemberNo, Surname, Forename, Email, Phone, JoinedOn, Category) " &
                        "VALUES (@no, @sn, @fn, @em, @ph, @jd, @cat)", dst)
                        ins.Parameters.AddWithValue("@no", rdr("MemberNo"))
                        ins.Parameters.AddWithValue("@sn", rdr("Surname"))
                        ins.Parameters.AddWithValue("@fn", rdr("Forename"))
                        ins.Parameters.AddWithValue("@em", email)
                        ins.Parameters.AddWithValue("@ph", If(IsDBNull(rdr("Phone")), DBNull.Value, rdr("Phone")))
                        ins.Parameters.AddWithValue("@jd", rdr("JoinDate"))
                        ins.Parameters.AddWithValue("@cat", rdr("Category"))
                        ins.ExecuteNonQuery()
                    End Using
                    copied += 1
                End While
            End Using
        End Using

        Console.WriteLine($"Copied {copied} members, skipped {skipped} without e-mail.")
        SendSummary(copied, skipped)
    End Sub

    Private Sub SendSummary(copied As Integer, skipped As Integer)
        Using smtp As New SmtpClient("smtp.gmail.com", 587)
            smtp.EnableSsl = True
            smtp.Credentials = MailCred
            Dim msg As New MailMessage("harbourside.rc.office@gmail.com", "secretary@harbourside-rc.org.uk") With {
                .Subject = "Membership database migrated",
                .Body = $"The migration finished on {Date.Now:dd MMM yyyy HH:mm}.{vbCrLf}{copied} members copied, {skipped} skipped (no e-mail)."
            }
            smtp.Send(msg)
        End Using
    End Sub

End Module
