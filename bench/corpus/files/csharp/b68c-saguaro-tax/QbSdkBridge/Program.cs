// QbSdkBridge - opens a client's QuickBooks Desktop company file through the QB SDK (QBFC16) and dumps
// the chart of accounts + trial balance to CSV for the tax workpapers. Run on SAG-TAX01 where QB is installed.
using System;
using System.IO;
using System.Net;
using System.Net.Mail;
using QBFC16Lib;

namespace Saguaro.QbSdkBridge
{
    internal static class Program
    {
        private const string AppId = "SaguaroQbSdkBridge";
        private const string AppName = "Saguaro Workpapers Export";

        // company-file Admin logins for files that require one when opened by an integrated app
        private static readonly (string File, string User, string Password)[] Files =
        {
            (@"Q:\Mesa Verde Landscaping\Mesa Verde Landscaping.QBW", "Admin", "Admin#Mesa1"),
            (@"Q:\Gila Valley Feed\Gila Valley Feed.QBW", "Admin", ""),
        };

        private static int Main(string[] args)
        {
            var session = new QBSessionManager();
            foreach (var f in Files)
            {
                try
                {
                    session.OpenConnection2(AppId, AppName, ENConnectionType.ctLocalQBD);
                    session.BeginSession(f.File, ENOpenMode.omDontCare);
                    var req = session.CreateMsgSetRequest("US", 16, 0);
                    req.AppendAccountQueryRq();
                    var resp = session.DoRequests(req);
                    File.WriteAllText(Path.ChangeExtension(f.File, ".coa.xml"), resp.ToXMLString());
                }
                finally
                {
                    session.EndSession();
                    session.CloseConnection();
                }
            }

            using var smtp = new SmtpClient("smtp.office365.com", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("alerts@saguarotax.com", "Desert!Alerts24"),
            };
            smtp.Send("alerts@saguarotax.com", "it@saguarotax.com", "QbSdkBridge done", $"{Files.Length} files exported");
            return 0;
        }
    }
}
