/**
 * Forms found missed on a blind corpus batch (bench/corpus, batch46: school and county IT, marketing
 * technology, embedded and robotics teams): fallbacks of ROS 2 parameters, Airflow variables and Ruby's
 * ENV.fetch block, T-SQL's N'' strings, a connection string's password in an SSIS value, a CSV export
 * whose header sits under a comment, Duo's and LoRaWAN's `skey`, Moodle's salt, a Wi-Fi key with symbols
 * and a PowerShell history; with the lookalikes beside them (Rails' foreign and primary keys).
 */
import { scanFiles, token, hex as hexDigits, secrets } from '../helpers/scan-files';

const scan = (files: Record<string, string>) => scanFiles(files, 'tg-generic-devices-');
/** A password with both cases, digits and symbols, as a person or a password manager makes one. */
const password = () => `${token(10)}#${token(6)}%q`;
const hex = (n: number) => hexDigits(n).toUpperCase();

it('reads fallbacks given to ROS 2 parameters, Airflow variables and a Ruby ENV.fetch block', async () => {
  const v = { mqtt: password(), fox: token(32), meta: `EAA${token(120)}`, iterable: token(32).toLowerCase() };
  const hits = await scan({
    'ros2/mqtt_bridge_node.py': `class Bridge(Node):\n    def __init__(self):\n        super().__init__("mqtt_bridge")\n        self.declare_parameter("mqtt_password", "${v.mqtt}")\n`,
    'ros2/fleet_bridge.launch.py': `def generate_launch_description():\n    return LaunchDescription([\n        DeclareLaunchArgument("foxglove_api_key", default_value="${v.fox}"),\n    ])\n`,
    'airflow/dags/ads_spend.py': `def pull():\n    token = Variable.get("meta_system_user_token", default_var="${v.meta}")\n`,
    'app/services/iterable_sync.rb': `class IterableSync\n  def initialize\n    @api_key = ENV.fetch("ITERABLE_API_KEY") { "${v.iterable}" }\n  end\nend\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("reads T-SQL's N'' strings, an SSIS connection string and a CSV export's columns under a comment", async () => {
  const v = { linked: password(), conn: token(24), psk: password() };
  const hits = await scan({
    'sql/linked_servers.sql': `EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'RECORDER',\n     @useself = N'False', @rmtuser = N'rpt_linked', @rmtpassword = N'${v.linked}';\n`,
    'ssis/PositivePay.dtsConfig': `<DTSConfiguration>\n  <Configuration ConfiguredType="Property" Path="\\Package.Connections[Munis].Properties[ConnectionString]" ValueType="String">\n    <ConfiguredValue>Data Source=SQL01;User ID=ppay_reader;Password=${v.conn};Initial Catalog=live;</ConfiguredValue>\n  </Configuration>\n</DTSConfiguration>\n`,
    'exports/eol.csv': `# end-of-line export - CONFIDENTIAL (contains device keys)\nserial,hw_rev,hotspot_ssid,hotspot_psk\nTCU-1237,R3.1,BRIGHTLINE-1237,${v.psk}\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});

it("reads Duo's and LoRaWAN's skey, Moodle's salt, a Wi-Fi key with symbols and a PowerShell history", async () => {
  const v = { duo: token(40), nwk: hex(32), salt: `;:dV=${token(30)}~w`, wifi: `Gateway!Site${token(6)}`, share: `Tr3asury!${token(8)}` };
  const hits = await scan({
    'duo/authproxy.cfg': `[ad_client]\nhost=dc01.example.local\n\n[radius_server_auto]\nikey=DIWJ8X6AEYOR5OMC6TQ1\nskey=${v.duo}\napi_host=api-xxxxxxxx.duosecurity.com\n`,
    'src/lorawan_keys.h': `#define LORAWAN_DEV_ADDR   0x260B1234\n#define LORAWAN_NWK_SKEY   "${v.nwk}"\n`,
    'moodle/config.php': `<?php\n$CFG->dbtype = 'pgsql';\n$CFG->passwordsaltmain = '${v.salt}';\n`,
    'balena/config.json': `{\n  "wifiSsid": "HALCYON-SITE",\n  "wifiKey": "${v.wifi}"\n}\n`,
    'AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt': `Get-ADUser svc_treasury\ncmdkey /add:hcfs01 /user:HARLANCO\\svc_treasury /pass:${v.share}\n`,
    'app/models/order.rb': `class Order < ApplicationRecord\n  belongs_to :user, foreign_key: :user_id\n  self.primary_key = "id"\nend\n`,
  });
  expect(secrets(hits)).toEqual(Object.values(v).sort());
});
