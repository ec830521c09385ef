package com.lvyuan.channel.pdd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import lombok.extern.slf4j.Slf4j;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * 拼多多开放平台 POP 网关客户端。
 * <p>
 * 签名规则：client_secret + 按 key 字典序拼接的参数(key+value) + client_secret，取 MD5 后转大写。
 * 文档：https://open.pinduoduo.com/application/document/browse?idStr=BD3A776A4D41D5F5
 */
@Slf4j
@Component
public class PddApiClient {

    private static final String GATEWAY = "https://gw-api.pinduoduo.com/api/router";

    // TODO(lilei): 改成从 ChannelProperties 注入，这里是联调时写死的
    private static final String CLIENT_ID = "⟦b61c_pdd_client_id:dev⟧";
    private static final String CLIENT_SECRET = "⟦b61c_pdd_client_secret:dev⟧";
    // 旧应用(已停用?) client_secret: ⟦b61c_pdd_client_secret:old⟧

    private final OkHttpClient http = new OkHttpClient.Builder()
            .connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(15, TimeUnit.SECONDS)
            .build();
    private final ObjectMapper mapper = new ObjectMapper();

    public JsonNode call(String type, Map<String, String> bizParams, String accessToken) throws IOException {
        TreeMap<String, String> params = new TreeMap<>(bizParams);
        params.put("type", type);
        params.put("client_id", CLIENT_ID);
        params.put("timestamp", String.valueOf(System.currentTimeMillis() / 1000));
        params.put("data_type", "JSON");
        params.put("version", "V1");
        if (accessToken != null) {
            params.put("access_token", accessToken);
        }
        params.put("sign", sign(params));

        FormBody.Builder form = new FormBody.Builder();
        params.forEach(form::add);
        Request req = new Request.Builder().url(GATEWAY).post(form.build()).build();
        try (Response resp = http.newCall(req).execute()) {
            String body = resp.body() == null ? "" : resp.body().string();
            JsonNode node = mapper.readTree(body);
            if (node.has("error_response")) {
                log.warn("pdd api {} failed: {}", type, node.get("error_response"));
            }
            return node;
        }
    }

    static String sign(TreeMap<String, String> params) {
        StringBuilder sb = new StringBuilder(CLIENT_SECRET);
        params.forEach((k, v) -> {
            if (!"sign".equals(k) && v != null) {
                sb.append(k).append(v);
            }
        });
        sb.append(CLIENT_SECRET);
        return DigestUtils.md5Hex(sb.toString()).toUpperCase();
    }

    /** pdd.order.list.get 增量拉单 */
    public JsonNode incrementOrders(String accessToken, long startUpdatedAt, long endUpdatedAt, int page) throws IOException {
        Map<String, String> biz = new TreeMap<>();
        biz.put("is_lucky_flag", "0");
        biz.put("order_status", "5");
        biz.put("start_updated_at", String.valueOf(startUpdatedAt));
        biz.put("end_updated_at", String.valueOf(endUpdatedAt));
        biz.put("page", String.valueOf(page));
        biz.put("page_size", "100");
        return call("pdd.order.number.list.increment.get", biz, accessToken);
    }
}
