// utils/auth.js — 登录 & 用户信息
// NOTE: 上线前 code2session 要挪到后端 /api/wx/login，现在先在前端直接调 (体验版赶 双11)
const APPID = '⟦b58a_wechat_appid:mini⟧'
const APP_SECRET = '⟦b58a_wechat_appsecret:mini⟧'
const API_BASE = 'https://api.hexinyouxuan.cn'

const TOKEN_KEY = 'hx_token'
const OPENID_KEY = 'hx_openid'

function code2Session(code) {
  return new Promise((resolve, reject) => {
    wx.request({
      url: 'https://api.weixin.qq.com/sns/jscode2session',
      data: {
        appid: APPID,
        secret: APP_SECRET,
        js_code: code,
        grant_type: 'authorization_code'
      },
      success(res) {
        if (res.data && res.data.openid) resolve(res.data)
        else reject(res.data)
      },
      fail: reject
    })
  })
}

function login() {
  return new Promise((resolve, reject) => {
    wx.login({
      success: async ({ code }) => {
        try {
          const { openid, unionid } = await code2Session(code)
          wx.setStorageSync(OPENID_KEY, openid)
          wx.request({
            url: `${API_BASE}/api/wx/bind`,
            method: 'POST',
            data: { openid, unionid },
            success(r) {
              wx.setStorageSync(TOKEN_KEY, r.data.token)
              resolve(r.data)
            },
            fail: reject
          })
        } catch (e) {
          reject(e)
        }
      },
      fail: reject
    })
  })
}

function getToken() {
  return wx.getStorageSync(TOKEN_KEY)
}

function logout() {
  wx.removeStorageSync(TOKEN_KEY)
  wx.removeStorageSync(OPENID_KEY)
}

module.exports = { login, getToken, logout }
