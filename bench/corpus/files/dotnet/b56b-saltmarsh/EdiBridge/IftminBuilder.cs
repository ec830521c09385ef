using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Saltmarsh.EdiBridge.Edifact
{
    /// <summary>
    /// Builds IFTMIN D.99B booking requests from CargoWise Universal Shipment data.
    /// Segment layout follows the carrier MIGs (Tidewayline IFTMIN MIG v2.1, INTTRA IFTMIN 2.0).
    /// The UNB password (S005) is injected by the channel from partner configuration, never stored here.
    /// </summary>
    public sealed class IftminBuilder
    {
        private readonly StringBuilder _sb = new();
        private int _segments;

        public string Build(BookingRequest b, PartnerSettings partner, string interchangeRef, DateTime nowUtc)
        {
            var date = nowUtc.ToString("yyMMdd", CultureInfo.InvariantCulture);
            var time = nowUtc.ToString("HHmm", CultureInfo.InvariantCulture);
            var unbPassword = string.IsNullOrEmpty(partner.UnbPassword) ? "" : $"+{partner.UnbPassword}:AA";

            Append("UNA:+.? '");
            _sb.Append($"UNB+UNOA:2+{partner.SenderId}:{partner.SenderQualifier}+{partner.UnbRecipient}+{date}:{time}+{interchangeRef}{unbPassword}'");
            _segments = 0;
            Seg($"UNH+1+IFTMIN:D:99B:UN");
            Seg($"BGM+335+{b.BookingRequestNumber}+9");
            Seg($"DTM+137:{nowUtc:yyyyMMddHHmm}:203");
            Seg($"TSR+30+2");
            Seg($"FTX+AAI+++{Escape(b.Remarks)}");
            Seg($"RFF+FF:{b.ForwarderReference}");
            Seg($"TDT+20+{b.VoyageNumber}+1++{b.CarrierScac}:172:20+++{b.VesselImo}:146:11:{Escape(b.VesselName)}");
            Seg($"LOC+9+{b.PortOfLoading}:181:6");
            Seg($"LOC+11+{b.PortOfDischarge}:181:6");
            Seg($"NAD+CZ+{b.ShipperCode}:160:86++{Escape(b.ShipperName)}");
            Seg($"NAD+FW+SALTMARSHFF:160:86++SALTMARSH FORWARDING LTD");
            Seg($"NAD+CN+++{Escape(b.ConsigneeName)}");

            var item = 1;
            foreach (var line in b.Lines)
            {
                Seg($"GID+{item}+{line.Packages}:{line.PackageType}");
                Seg($"FTX+AAA+++{Escape(line.Description)}");
                Seg($"MEA+AAE+G+KGM:{line.GrossKg.ToString("0.###", CultureInfo.InvariantCulture)}");
                if (!string.IsNullOrEmpty(line.UnNumber))
                    Seg($"DGS+IMD+{line.ImoClass}+{line.UnNumber}");
                item++;
            }
            foreach (var eq in b.Equipment)
            {
                Seg($"EQD+CN++{eq.IsoSizeType}:102:5+2");
                Seg($"EQN+{eq.Quantity}");
            }
            Seg($"UNT+{_segments + 1}+1");
            Append($"UNZ+1+{interchangeRef}'");
            return _sb.ToString();
        }

        private void Seg(string s) { Append(s + "'"); _segments++; }
        private void Append(string s) { _sb.Append(s).Append('\n'); }

        private static string Escape(string? v) =>
            (v ?? string.Empty).Replace("?", "??").Replace("'", "?'").Replace("+", "?+").Replace(":", "?:");
    }

    public sealed record PartnerSettings(string SenderId, string SenderQualifier, string UnbRecipient, string? UnbPassword);
}
