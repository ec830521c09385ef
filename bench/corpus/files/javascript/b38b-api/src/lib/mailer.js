const nodemailer = require('nodemailer');
const formData = require('form-data');
const Mailgun = require('mailgun.js');

const smtpUser = process.env.SMTP_USER || 'apikey';
const pwd = process.env.SMTP_PASS || '⟦sendgrid_api_key:smtp⟧';

const transport = nodemailer.createTransport({
  host: 'smtp.sendgrid.net',
  port: 587,
  secure: false,
  auth: { user: smtpUser, pass: pwd },
});

// fallback relay for when SendGrid is throttling us
const relay = nodemailer.createTransport('smtps://relay%40northwind.example:Relay-Pass-2022@mail.northwind.example:465');

const mg = new Mailgun(formData).client({
  username: 'api',
  key: process.env.MAILGUN_KEY || ['⟦mailgun_api_key:mg|slice=0-32⟧', '⟦mailgun_api_key:mg|slice=33-⟧'].join('-'),
  url: 'https://api.eu.mailgun.net',
});

async function send(to, subject, html, { bulk = false } = {}) {
  if (bulk) {
    return mg.messages.create('news.northwind.example', { from: 'news@northwind.example', to, subject, html });
  }
  try {
    return await transport.sendMail({ from: 'noreply@northwind.example', to, subject, html });
  } catch (err) {
    return relay.sendMail({ from: 'noreply@northwind.example', to, subject, html });
  }
}

module.exports = { send };
