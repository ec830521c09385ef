export default {
  login: {
    password: 'Wachtwoord',
    passwordRepeat: 'Herhaal wachtwoord',
    forgotPassword: 'Wachtwoord vergeten?',
    tokenExpired: 'Je sessietoken is verlopen. Log opnieuw in.',
  },
  developer: {
    apiKey: 'API-sleutel',
    apiSecret: 'API-geheim',
    createToken: 'Token aanmaken',
    secretWarning: 'Bewaar dit geheim nu; je ziet het niet nog een keer.',
  },
};
