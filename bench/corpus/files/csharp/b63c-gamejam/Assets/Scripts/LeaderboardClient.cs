// GMTK Game Jam 2024 — "Built to Scale" entry: Stack Overflow (the tower game, not the website)
// Global leaderboard via dreamlo (free, no backend needed). Scores are uploaded with the private code.
using System.Collections;
using System.Collections.Generic;
using UnityEngine;
using UnityEngine.Networking;

public class LeaderboardClient : MonoBehaviour
{
    // http://dreamlo.com/lb/<private> to add, /lb/<public>/json to read
    private const string PrivateCode = "⟦b63c_dreamlo_private_code:jam⟧";
    private const string PublicCode = "⟦b63c_dreamlo_public_code:jam⟧";
    private const string BaseUrl = "http://dreamlo.com/lb/";

    // analytics for the jam build (PlayFab title + dev secret key, for the "towers built" stat)
    private const string PlayFabTitleId = "⟦b43a_playfab_title_id:jam⟧";
    private const string PlayFabDevSecret = "⟦b43a_playfab_secret_key:jam⟧";

    [System.Serializable]
    public class Entry { public string name; public int score; public int seconds; }

    public IEnumerator Submit(string playerName, int height, int seconds)
    {
        string url = BaseUrl + PrivateCode + "/add/" + UnityWebRequest.EscapeURL(playerName) + "/" + height + "/" + seconds;
        using (var req = UnityWebRequest.Get(url))
        {
            yield return req.SendWebRequest();
            if (req.result != UnityWebRequest.Result.Success)
                Debug.LogWarning("dreamlo submit failed: " + req.error);
        }
    }

    public IEnumerator Fetch(System.Action<List<Entry>> onDone)
    {
        using (var req = UnityWebRequest.Get(BaseUrl + PublicCode + "/json/10"))
        {
            yield return req.SendWebRequest();
            var list = new List<Entry>();
            if (req.result == UnityWebRequest.Result.Success)
            {
                // dreamlo json is weird ({"dreamlo":{"leaderboard":{"entry":[...]}}}), parsed by hand in DreamloJson.cs
                list = DreamloJson.Parse(req.downloadHandler.text);
            }
            onDone(list);
        }
    }
}
