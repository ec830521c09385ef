// DpsEnroll: derives per-device symmetric keys from the enrollment group key and prints the
// provisioning payload the factory writes into the thermostat's secure element.
//
//   dotnet run -- --serial HW-T2-00041822 [--group thermostats-prod]
//
// The group key must NEVER leave this tool / the factory vault. (It did, see HW-SEC-17.)
using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Provisioning.Client;
using Microsoft.Azure.Devices.Provisioning.Client.Transport;
using Microsoft.Azure.Devices.Shared;

namespace Hearthwell.Tools.DpsEnroll
{
    internal static class Program
    {
        private const string GlobalEndpoint = "global.azure-devices-provisioning.net";
        private const string IdScope = "⟦b67c_dps_id_scope:prod⟧";

        // thermostats-prod enrollment group, primary key (rotated 2023-11, secondary is the old primary)
        private const string GroupPrimaryKey = "⟦b45b_dps_group_key:primary⟧";
        private static readonly string GroupSecondaryKey =
            Environment.GetEnvironmentVariable("HW_DPS_GROUP_SECONDARY") ?? string.Empty;

        private static string DeriveDeviceKey(string groupKey, string registrationId)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String(groupKey));
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
        }

        private static async Task<int> Main(string[] args)
        {
            string serial = null;
            bool register = false;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--serial" && i + 1 < args.Length) serial = args[++i];
                else if (args[i] == "--register") register = true;
            }
            if (string.IsNullOrWhiteSpace(serial))
            {
                Console.Error.WriteLine("usage: DpsEnroll --serial <serial> [--register]");
                return 2;
            }

            var registrationId = serial.ToLowerInvariant();
            var deviceKey = DeriveDeviceKey(GroupPrimaryKey, registrationId);

            Console.WriteLine($"registrationId = {registrationId}");
            Console.WriteLine($"idScope        = {IdScope}");
            Console.WriteLine($"deviceKey      = {deviceKey}");

            if (!register) return 0;

            using var security = new SecurityProviderSymmetricKey(registrationId, deviceKey, null);
            using var transport = new ProvisioningTransportHandlerMqtt();
            var client = ProvisioningDeviceClient.Create(GlobalEndpoint, IdScope, security, transport);
            DeviceRegistrationResult result = await client.RegisterAsync();
            Console.WriteLine($"status={result.Status} hub={result.AssignedHub} deviceId={result.DeviceId}");
            return result.Status == ProvisioningRegistrationStatusType.Assigned ? 0 : 1;
        }
    }
}
