/* Seacoast Weekly -- header bidding setup (Prebid.js 8.44, GPT). Managed by Tidewater Digital.
 * All ids below are public bidder/placement identifiers that every page view sends to the
 * exchanges; there are no credentials in client-side Prebid. */
var PREBID_TIMEOUT = 1200;
var FAILSAFE_TIMEOUT = 3000;
var GAM_NETWORK = '/21812345678';

var adUnits = [
  {
    code: 'div-gpt-ad-top-leaderboard',
    mediaTypes: { banner: { sizes: [[728, 90], [970, 90], [970, 250]] } },
    bids: [
      { bidder: 'appnexus', params: { placementId: 31544211 } },
      { bidder: 'rubicon', params: { accountId: 22154, siteId: 481200, zoneId: 2833930 } },
      { bidder: 'ix', params: { siteId: '901357', size: [728, 90] } },
      { bidder: 'openx', params: { unit: '561021334', delDomain: 'tidewater-d.openx.net' } },
      { bidder: 'pubmatic', params: { publisherId: '164421', adSlot: 'sw_top_lb@728x90' } },
      { bidder: 'criteo', params: { networkId: 10427 } },
      { bidder: 'ttd', params: { supplySourceId: 'tidewater', publisherId: '⟦md5:ttdpub⟧' } }
    ]
  },
  {
    code: 'div-gpt-ad-rail-1',
    mediaTypes: { banner: { sizes: [[300, 250], [300, 600]] } },
    bids: [
      { bidder: 'appnexus', params: { placementId: 31544212 } },
      { bidder: 'rubicon', params: { accountId: 22154, siteId: 481200, zoneId: 2833932 } },
      { bidder: 'triplelift', params: { inventoryCode: 'SeacoastWeekly_RON_300x250' } },
      { bidder: 'sharethrough', params: { pkey: '⟦short_sha:strpkey⟧c9Ae7Rt1Q2w3E4r5T6' } }
    ]
  }
];

var pbjs = pbjs || {};
pbjs.que = pbjs.que || [];

pbjs.que.push(function () {
  pbjs.setConfig({
    priceGranularity: 'dense',
    currency: { adServerCurrency: 'USD' },
    consentManagement: {
      gdpr: { cmpApi: 'iab', timeout: 8000, defaultGdprScope: true },
      usp: { cmpApi: 'iab', timeout: 100 }
    },
    userSync: {
      filterSettings: { iframe: { bidders: '*', filter: 'include' } },
      userIds: [
        { name: 'id5Id', params: { partner: 1387 }, storage: { type: 'html5', name: 'id5id', expires: 90 } },
        { name: 'identityLink', params: { pid: '14' }, storage: { type: 'cookie', name: 'idl_env', expires: 15 } },
        { name: 'sharedId', storage: { type: 'cookie', name: '_sharedid', expires: 365 } },
        { name: 'uid2', params: { uid2ApiBase: 'https://prod.uidapi.com' } }
      ]
    }
  });
  pbjs.addAdUnits(adUnits);
  pbjs.requestBids({ bidsBackHandler: initAdserver, timeout: PREBID_TIMEOUT });
});

function initAdserver() {
  if (pbjs.initAdserverSet) return;
  pbjs.initAdserverSet = true;
  googletag.cmd.push(function () {
    pbjs.setTargetingForGPTAsync && pbjs.setTargetingForGPTAsync();
    googletag.pubads().refresh();
  });
}

setTimeout(initAdserver, FAILSAFE_TIMEOUT);

googletag.cmd.push(function () {
  googletag.defineSlot(GAM_NETWORK + '/seacoast_weekly/top_leaderboard', [[728, 90], [970, 90], [970, 250]], 'div-gpt-ad-top-leaderboard').addService(googletag.pubads());
  googletag.defineSlot(GAM_NETWORK + '/seacoast_weekly/rail_1', [[300, 250], [300, 600]], 'div-gpt-ad-rail-1').addService(googletag.pubads());
  googletag.pubads().disableInitialLoad();
  googletag.pubads().enableSingleRequest();
  googletag.enableServices();
});
