package net.blockhaven.smp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;

import org.bukkit.Bukkit;
import org.bukkit.entity.Player;
import org.bukkit.event.EventHandler;
import org.bukkit.event.Listener;
import org.bukkit.event.entity.PlayerDeathEvent;
import org.bukkit.event.player.PlayerJoinEvent;
import org.bukkit.plugin.java.JavaPlugin;

/**
 * BlockHaven SMP custom plugin: death webhooks, store purchase hooks and Hypixel-style stats lookup.
 * Built with: ./gradlew shadowJar  (Paper 1.20.4)
 */
public final class HavenPlugin extends JavaPlugin implements Listener {

    // #deaths channel in our discord
    private static final String DEATH_WEBHOOK = "⟦discord_webhook:deaths⟧";

    // Tebex webstore secret (Tebex > Integrations > Game servers) — used to verify purchases
    private static final String TEBEX_SECRET = "⟦b39c_tebex_secret:store⟧";

    // used by /hstats to show someone's bedwars stars (my personal dev key)
    private static final String HYPIXEL_KEY = "⟦b63c_hypixel_api_key:plugin⟧";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public void onEnable() {
        getServer().getPluginManager().registerEvents(this, this);
        saveDefaultConfig();
        getLogger().info("HavenPlugin enabled");
    }

    @EventHandler
    public void onJoin(PlayerJoinEvent e) {
        Player p = e.getPlayer();
        if (!p.hasPlayedBefore()) {
            Bukkit.broadcastMessage("§aWelcome §f" + p.getName() + "§a to BlockHaven!");
        }
    }

    @EventHandler
    public void onDeath(PlayerDeathEvent e) {
        String msg = e.getDeathMessage() == null ? e.getEntity().getName() + " died" : e.getDeathMessage();
        String body = "{\"content\":\"☠️ " + msg.replace("\"", "'") + "\"}";
        Bukkit.getScheduler().runTaskAsynchronously(this, () -> post(DEATH_WEBHOOK, body));
    }

    public String bedwarsStars(UUID uuid) {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.hypixel.net/v2/player?uuid=" + uuid))
                .header("API-Key", HYPIXEL_KEY)
                .timeout(Duration.ofSeconds(8))
                .build();
        try {
            HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
            return res.body();
        } catch (Exception ex) {
            getLogger().log(Level.WARNING, "hypixel lookup failed", ex);
            return null;
        }
    }

    public boolean verifyTebex(String payload, String signature) {
        return Signatures.hmacSha256Hex(TEBEX_SECRET, payload).equalsIgnoreCase(signature);
    }

    private void post(String url, String json) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            http.send(req, HttpResponse.BodyHandlers.discarding());
        } catch (Exception ex) {
            getLogger().log(Level.FINE, "webhook failed", ex);
        }
    }
}
