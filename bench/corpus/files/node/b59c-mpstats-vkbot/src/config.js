// Конфиг VK-бота сообщества «MPStats — аналитика Ozon и WB»
// Callback API: https://bot.mpstats.example/vk/callback
module.exports = {
  vk: {
    groupId: 224817733,
    apiVersion: '5.199',
    // ключ доступа сообщества (сообщения, управление), выдан в Управление → Работа с API
    token: process.env.VK_GROUP_TOKEN || '⟦b59c_vk_access_token:group⟧',
    // строка, которую надо вернуть при подтверждении адреса сервера (не секрет, видна всем админам)
    confirmation: '⟦b59c_vk_confirmation_code⟧',
    // секретный ключ Callback API — приходит в каждом событии в поле secret
    secret: process.env.VK_CALLBACK_SECRET || '⟦b59c_vk_callback_secret⟧',
  },
  telegram: {
    // дублируем уведомления в Telegram-канал
    token: process.env.TG_BOT_TOKEN,
    chatId: -1001987654321,
  },
  clickhouse: {
    url: process.env.CH_URL || 'https://c-c9q6e4k2rb1hqv8mcd0p.rw.mdb.yandexcloud.net:8443',
    user: 'bot_ro',
    password: process.env.CH_PASSWORD,
    database: 'mpstats',
  },
  limits: {
    reportsPerDay: 20,
    cooldownSec: 30,
  },
};
