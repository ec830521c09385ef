// PlayFabServerBootstrap.cs
// Dedicated-server side bootstrap for Emberfall match servers (Multiplay / PlayFab MPS hybrid).
// Runs only in UNITY_SERVER builds. Client builds never see the title secret key.
//
// Owner: backend@ashgrove.games

using System;
using System.Collections;
using System.Collections.Generic;
using PlayFab;
using PlayFab.MultiplayerAgent.Model;
using PlayFab.ServerModels;
using UnityEngine;

namespace Ashgrove.Emberfall.Backend
{
    public sealed class PlayFabServerBootstrap : MonoBehaviour
    {
        [SerializeField] private bool useMpsAgent = true;
        [SerializeField] private float heartbeatSeconds = 5f;

        // Title ids are public (they are in every client build and in the API hostname).
        private const string ProdTitleId = "⟦b43a_playfab_title_id:prod⟧";
        private const string StagingTitleId = "⟦b43a_playfab_title_id:stg⟧";

#if UNITY_SERVER
        // TODO(ENG-2291): read from the MPS secrets mount instead of baking it in.
        // Hard-coded for the closed beta because Multiplay build configs could not pass env vars yet.
        private const string FallbackDeveloperSecretKey = "⟦b43a_playfab_secret_key:prod⟧";
#endif

        private readonly List<ConnectedPlayer> _connectedPlayers = new List<ConnectedPlayer>();
        private bool _ready;

        private void Awake()
        {
            DontDestroyOnLoad(gameObject);
            var args = Environment.GetCommandLineArgs();
            var staging = Array.IndexOf(args, "-staging") >= 0;
            PlayFabSettings.staticSettings.TitleId = staging ? StagingTitleId : ProdTitleId;
#if UNITY_SERVER
            var fromEnv = Environment.GetEnvironmentVariable("PLAYFAB_DEV_SECRET_KEY");
            PlayFabSettings.staticSettings.DeveloperSecretKey =
                string.IsNullOrEmpty(fromEnv) ? FallbackDeveloperSecretKey : fromEnv;
#endif
        }

        private IEnumerator Start()
        {
            if (useMpsAgent)
            {
                PlayFabMultiplayerAgentAPI.Start();
                PlayFabMultiplayerAgentAPI.IsDebugging = Debug.isDebugBuild;
                PlayFabMultiplayerAgentAPI.OnMaintenanceCallback += OnMaintenance;
                PlayFabMultiplayerAgentAPI.OnShutDownCallback += OnShutdown;
                PlayFabMultiplayerAgentAPI.OnServerActiveCallback += OnServerActive;
                PlayFabMultiplayerAgentAPI.OnAgentErrorCallback += OnAgentError;
            }

            yield return new WaitForSeconds(0.5f);
            _ready = true;
            if (useMpsAgent)
            {
                PlayFabMultiplayerAgentAPI.ReadyForPlayers();
            }
            StartCoroutine(Heartbeat());
        }

        private IEnumerator Heartbeat()
        {
            var wait = new WaitForSeconds(heartbeatSeconds);
            while (true)
            {
                if (_ready && useMpsAgent)
                {
                    PlayFabMultiplayerAgentAPI.UpdateConnectedPlayers(_connectedPlayers);
                }
                yield return wait;
            }
        }

        public void OnPlayerJoined(string playFabId)
        {
            _connectedPlayers.Add(new ConnectedPlayer(playFabId));
            PlayFabServerAPI.GetPlayerProfile(new GetPlayerProfileRequest { PlayFabId = playFabId },
                r => Debug.Log($"[bootstrap] joined {r.PlayerProfile.DisplayName}"),
                e => Debug.LogWarning($"[bootstrap] profile lookup failed: {e.GenerateErrorReport()}"));
        }

        public void OnPlayerLeft(string playFabId)
        {
            _connectedPlayers.RemoveAll(p => p.PlayerId == playFabId);
            if (_connectedPlayers.Count == 0 && useMpsAgent)
            {
                StartCoroutine(ShutdownAfter(30f));
            }
        }

        public void ReportMatchResult(string matchId, IDictionary<string, int> scores)
        {
            foreach (var kv in scores)
            {
                PlayFabServerAPI.UpdatePlayerStatistics(new UpdatePlayerStatisticsRequest
                {
                    PlayFabId = kv.Key,
                    Statistics = new List<StatisticUpdate>
                    {
                        new StatisticUpdate { StatisticName = "season_rating", Value = kv.Value },
                    },
                }, _ => { }, e => Debug.LogError(e.GenerateErrorReport()));
            }
            Debug.Log($"[bootstrap] reported {scores.Count} results for {matchId}");
        }

        private IEnumerator ShutdownAfter(float seconds)
        {
            yield return new WaitForSeconds(seconds);
            if (_connectedPlayers.Count == 0)
            {
                Application.Quit();
            }
        }

        private void OnServerActive() => Debug.Log("[bootstrap] server active");
        private void OnMaintenance(DateTime? when) => Debug.Log($"[bootstrap] maintenance at {when}");
        private void OnShutdown() => Application.Quit();
        private void OnAgentError(string error) => Debug.LogError($"[bootstrap] agent error: {error}");
    }
}
