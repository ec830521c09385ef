// Bright Data Scraping Browser + puppeteer-core, used for the Shopify monitor gig.
// node scraping-browser.js https://some-store.com/collections/all
const puppeteer = require('puppeteer-core');

// client's account (Derek). zone: scraping_browser1
const AUTH = 'brd-customer-⟦b54a_brightdata_customer_id:client⟧-zone-scraping_browser1:⟦b54a_brightdata_zone_password:clientsb⟧';
const SBR_WS_ENDPOINT = `wss://${AUTH}@brd.superproxy.io:9222`;

async function main(url) {
  console.log('Connecting to Scraping Browser...');
  const browser = await puppeteer.connect({ browserWSEndpoint: SBR_WS_ENDPOINT });
  try {
    const page = await browser.newPage();
    await page.goto(url, { timeout: 2 * 60 * 1000, waitUntil: 'domcontentloaded' });
    const products = await page.$$eval('.product-card, .grid-product', (cards) =>
      cards.map((c) => ({
        title: c.querySelector('.product-card__title, .grid-product__title')?.textContent?.trim(),
        price: c.querySelector('.price-item--sale, .price-item--regular, .grid-product__price')?.textContent?.trim(),
        href: c.querySelector('a')?.href,
      })),
    );
    console.log(JSON.stringify(products, null, 2));
  } finally {
    await browser.close();
  }
}

main(process.argv[2] || 'https://derek-test-store.myshopify.com/collections/all').catch((err) => {
  console.error(err.stack || err);
  process.exit(1);
});
