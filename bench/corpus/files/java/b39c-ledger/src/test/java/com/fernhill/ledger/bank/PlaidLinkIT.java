package com.fernhill.ledger.bank;

import com.plaid.client.ApiClient;
import com.plaid.client.model.*;
import com.plaid.client.request.PlaidApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import retrofit2.Response;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration test against the Plaid sandbox ("First Platypus Bank").
 * Run with: ./gradlew integrationTest -Dplaid.it=true
 */
@Tag("integration")
@EnabledIfEnvironmentVariable(named = "PLAID_IT", matches = "true")
class PlaidLinkIT {

    // team sandbox app "ledger-dev"
    private static final String CLIENT_ID = "⟦plaid_client_id⟧";
    private static final String SANDBOX_SECRET = "⟦plaid_secret⟧";

    // values used by the unit tests (WireMock), never sent to Plaid
    static final String FAKE_ACCESS_TOKEN = "access-sandbox-00000000-0000-0000-0000-000000000000";
    static final String FAKE_ITEM_ID = "item-id-for-tests";

    private static PlaidApi plaid;

    @BeforeAll
    static void setUp() {
        Map<String, String> keys = new HashMap<>();
        keys.put("clientId", CLIENT_ID);
        keys.put("secret", SANDBOX_SECRET);
        ApiClient client = new ApiClient(keys);
        client.setPlaidAdapter(ApiClient.Sandbox);
        plaid = client.createService(PlaidApi.class);
    }

    @Test
    void createsItemAndFetchesTransactions() throws Exception {
        SandboxPublicTokenCreateRequest create = new SandboxPublicTokenCreateRequest()
                .institutionId("ins_109508")
                .initialProducts(List.of(Products.TRANSACTIONS));
        Response<SandboxPublicTokenCreateResponse> pub = plaid.sandboxPublicTokenCreate(create).execute();
        assertThat(pub.isSuccessful()).isTrue();

        Response<ItemPublicTokenExchangeResponse> exch = plaid.itemPublicTokenExchange(
                new ItemPublicTokenExchangeRequest().publicToken(pub.body().getPublicToken())).execute();
        String accessToken = exch.body().getAccessToken();
        assertThat(accessToken).startsWith("access-sandbox-");

        TransactionsGetRequest req = new TransactionsGetRequest()
                .accessToken(accessToken)
                .startDate(LocalDate.now().minusDays(30))
                .endDate(LocalDate.now());
        Response<TransactionsGetResponse> tx = plaid.transactionsGet(req).execute();
        // sandbox items take a few seconds to be ready; PRODUCT_NOT_READY is acceptable here
        assertThat(tx.code()).isIn(200, 400);
    }

    @Test
    void fakeTokenIsRejected() throws Exception {
        Response<AccountsGetResponse> r = plaid.accountsGet(new AccountsGetRequest().accessToken(FAKE_ACCESS_TOKEN)).execute();
        assertThat(r.isSuccessful()).isFalse();
    }
}
