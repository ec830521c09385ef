'use strict';
/**
 * halo-ninja-bridge configuration.
 *
 * Harborline IT: NinjaOne alerts -> HaloPSA tickets, HaloPSA assets <- NinjaOne devices.
 * Runs as an Azure Function (func-hl-bridge). App settings override everything here.
 */
const env = process.env;

const halo = {
  tenant: env.HALO_TENANT || 'harborline',
  authServer: env.HALO_AUTH_URL || 'https://harborline.halopsa.com/auth',
  resourceServer: env.HALO_API_URL || 'https://harborline.halopsa.com/api',
  clientId: env.HALO_CLIENT_ID || '⟦b57a_halo_client_id:bridge⟧',
  // "Ninja Bridge" application, Client ID and Secret (Services), agent: api-bridge
  clientSecret: env.HALO_CLIENT_SECRET || '⟦b57a_halo_client_secret:bridge⟧',
  scope: 'all',
  ticketTypeId: Number(env.HALO_TICKET_TYPE || 31),   // "RMM Alert"
  defaultTeam: 'Service Desk',
};

const ninja = {
  region: env.NINJA_REGION || 'us2',
  get baseUrl() {
    return `https://${this.region}.ninjarmm.com`;
  },
  clientId: env.NINJA_CLIENT_ID || '⟦b57a_ninja_client_id:bridge⟧',
  clientSecret: env.NINJA_CLIENT_SECRET || '⟦b57a_ninja_client_secret:bridge⟧',
  scope: 'monitoring management',
  webhookPath: '/api/ninja-webhook',
};

const mapping = {
  // NinjaOne severity -> Halo priority id
  severity: { CRITICAL: 1, MAJOR: 2, MODERATE: 3, MINOR: 4, NONE: 4 },
  // ignore these condition names entirely
  ignore: ['Agent offline (workstation)', 'Pending reboot'],
};

module.exports = { halo, ninja, mapping, debug: env.BRIDGE_DEBUG === '1' };
