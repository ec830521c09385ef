import { expect, test } from '@playwright/test';

// Browser check: a synthetic rider logs in, gets a fare quote and cancels before confirming.
// Runs every 10 min from three locations; failures page #oncall-rider via the Checkly alert channel.

const BASE_URL = process.env.BASE_URL ?? 'https://app.ternmobility.eu';
const API_URL = process.env.API_URL ?? 'https://api.ternmobility.eu';

// synthetic account, excluded from analytics by the "synthetic+" prefix
const RIDER = {
  email: process.env.SYNTH_USER_EMAIL ?? 'synthetic+prod@ternmobility.eu',
  password: process.env.SYNTH_USER_PASSWORD ?? 'TernSynth!2024',
};

test('rider can log in and get a quote', async ({ page, request }) => {
  // warm the quote cache through the internal API; the key is the synthetic-monitoring consumer in Kong
  const warm = await request.post(`${API_URL}/internal/v1/quotes/warm`, {
    headers: { apikey: '⟦generic_api_key_hex32:kong⟧', 'x-synthetic': 'checkly' },
    data: { city: 'rotterdam' },
  });
  expect(warm.ok()).toBeTruthy();

  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('Email').fill(RIDER.email);
  await page.getByLabel('Password').fill(RIDER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('home-map')).toBeVisible({ timeout: 15_000 });

  await page.getByPlaceholder('Where to?').fill('Rotterdam Centraal');
  await page.getByRole('option').first().click();
  await expect(page.getByTestId('fare-quote')).toContainText('€');

  await page.getByRole('button', { name: 'Cancel' }).click();
});

test('status endpoint responds', async ({ request }) => {
  const res = await request.get(`${API_URL}/healthz`);
  expect(res.status()).toBe(200);
});
