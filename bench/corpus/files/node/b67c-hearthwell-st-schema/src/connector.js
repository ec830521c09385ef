'use strict';
/**
 * SmartThings Schema (cloud-to-cloud) connector for Hearthwell thermostats.
 *
 * Two sets of credentials are involved:
 *  - Hearthwell's own OAuth server (SmartThings gets a client id/secret from us to link accounts)
 *  - the "ST client id / secret" Developer Workspace issues to us, used in the accessTokenRequest
 *    to obtain callback tokens for proactive state updates (stateRefresh / deviceState callbacks)
 */
const { SchemaConnector, DeviceErrorTypes } = require('st-schema');
const hearthwell = require('./hearthwell-api');
const store = require('./callback-store');

const ST_CLIENT_ID = process.env.ST_CLIENT_ID || '⟦b67c_smartthings_client_id:schema⟧';
const ST_CLIENT_SECRET = process.env.ST_CLIENT_SECRET || '⟦b67c_smartthings_client_secret:schema⟧';

const MODE_MAP = { heat: 'heat', cool: 'cool', auto: 'auto', off: 'off', eco: 'eco' };

function toStates(t) {
  return [
    { component: 'main', capability: 'st.temperatureMeasurement', attribute: 'temperature', value: t.ambientC, unit: 'C' },
    { component: 'main', capability: 'st.thermostatHeatingSetpoint', attribute: 'heatingSetpoint', value: t.heatSetC, unit: 'C' },
    { component: 'main', capability: 'st.thermostatCoolingSetpoint', attribute: 'coolingSetpoint', value: t.coolSetC, unit: 'C' },
    { component: 'main', capability: 'st.thermostatMode', attribute: 'thermostatMode', value: MODE_MAP[t.mode] || 'off' },
    { component: 'main', capability: 'st.relativeHumidityMeasurement', attribute: 'humidity', value: t.humidity, unit: '%' },
    { component: 'main', capability: 'st.healthCheck', attribute: 'healthStatus', value: t.online ? 'online' : 'offline' },
  ];
}

const connector = new SchemaConnector()
  .clientId(ST_CLIENT_ID)
  .clientSecret(ST_CLIENT_SECRET)
  .enableEventLogging(2)

  .discoveryHandler(async (accessToken, response) => {
    const devices = await hearthwell.listThermostats(accessToken);
    for (const t of devices) {
      response.addDevice(t.id, t.name, 'hearthwell-t2-profile-v3')
        .manufacturerName('Hearthwell')
        .modelName(t.model)
        .hwVersion(t.hwRev)
        .swVersion(t.fwVersion)
        .roomName(t.room || undefined);
    }
  })

  .stateRefreshHandler(async (accessToken, response, data) => {
    for (const d of data.devices) {
      try {
        const t = await hearthwell.getThermostat(accessToken, d.externalDeviceId);
        response.addDevice(d.externalDeviceId, toStates(t));
      } catch (e) {
        response.addDevice(d.externalDeviceId).setError(e.message, DeviceErrorTypes.DEVICE_UNAVAILABLE);
      }
    }
  })

  .commandHandler(async (accessToken, response, devices) => {
    for (const dev of devices) {
      const out = response.addDevice(dev.externalDeviceId);
      for (const cmd of dev.commands) {
        if (cmd.capability === 'st.thermostatHeatingSetpoint') {
          await hearthwell.setHeat(accessToken, dev.externalDeviceId, cmd.arguments[0]);
        } else if (cmd.capability === 'st.thermostatMode') {
          await hearthwell.setMode(accessToken, dev.externalDeviceId, cmd.arguments[0]);
        }
      }
      out.addStates(toStates(await hearthwell.getThermostat(accessToken, dev.externalDeviceId)));
    }
  })

  .callbackAccessHandler(async (accessToken, callbackAuthentication, callbackUrls) => {
    await store.put(accessToken, { callbackAuthentication, callbackUrls });
  })

  .integrationDeletedHandler(async (accessToken) => {
    await store.remove(accessToken);
  });

module.exports = connector;
