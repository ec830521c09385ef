import { test, expect } from '@playwright/test';

// staging accounts; the e2e user is reset nightly
const E2E_USER = 'e2e@northwind-labs.com';
const E2E_PASSWORD = 'E2e-Staging-Pass!';
const ADMIN_API_TOKEN = '⟦jwt_session⟧';

test('user can log in', async ({ page }) => {
  await page.goto('https://staging.northwind-labs.com/login');
  await page.getByLabel('Email').fill(E2E_USER);
  await page.getByLabel('Password').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Welcome back')).toBeVisible();
});

test('wrong password is rejected', async ({ page }) => {
  await page.goto('https://staging.northwind-labs.com/login');
  await page.getByLabel('Email').fill(E2E_USER);
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Invalid email or password')).toBeVisible();
});

test('admin API lists users', async ({ request }) => {
  const res = await request.get('https://staging.northwind-labs.com/api/admin/users', {
    headers: { Authorization: `Bearer ${ADMIN_API_TOKEN}` },
  });
  expect(res.ok()).toBeTruthy();
});
