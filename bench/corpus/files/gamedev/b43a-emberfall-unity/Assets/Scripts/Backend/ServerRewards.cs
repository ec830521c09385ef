using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

namespace Emberfall.Backend
{
    /// <summary>
    /// Grants end-of-run rewards. Only compiled into the headless server build
    /// (EMBERFALL_SERVER is set in the dedicated-server build profile).
    /// </summary>
    public static class ServerRewards
    {
#if EMBERFALL_SERVER
        private const string PlayFabTitle = "⟦b43a_playfab_title_id:title⟧";
        private const string PlayFabSecret = "⟦b43a_playfab_secret_key:server⟧";

        // GameAnalytics server-side events for the run summary
        private const string GaGameKey = "⟦b39c_gameanalytics_game_key:ga⟧";
        private const string GaSecretKey = "⟦b39c_gameanalytics_secret:ga⟧";
#endif
        // Photon Realtime app id (also in PhotonServerSettings, ships with the client)
        public const string PhotonAppId = "⟦uuid:photon⟧";

#if EMBERFALL_SERVER
        public static IEnumerator GrantRunReward(string playFabId, int embers)
        {
            var body = JsonUtility.ToJson(new AddCurrencyRequest { PlayFabId = playFabId, VirtualCurrency = "EM", Amount = embers });
            using var req = new UnityWebRequest($"https://{PlayFabTitle}.playfabapi.com/Server/AddUserVirtualCurrency", "POST");
            req.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            req.downloadHandler = new DownloadHandlerBuffer();
            req.SetRequestHeader("Content-Type", "application/json");
            req.SetRequestHeader("X-SecretKey", PlayFabSecret);
            yield return req.SendWebRequest();
            if (req.result != UnityWebRequest.Result.Success)
                Debug.LogError($"PlayFab AddUserVirtualCurrency failed: {req.error} {req.downloadHandler.text}");
            GameAnalyticsServer.Send(GaGameKey, GaSecretKey, "design", $"run:reward:{embers}");
        }

        [System.Serializable]
        private class AddCurrencyRequest
        {
            public string PlayFabId;
            public string VirtualCurrency;
            public int Amount;
        }
#endif
    }
}
