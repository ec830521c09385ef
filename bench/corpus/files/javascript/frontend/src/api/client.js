import axios from 'axios';

const API_BASE = import.meta.env.VITE_API_URL ?? 'https://api.northwind-labs.com';

// read-only key for the public status widget (rotated? see STATUS-12)
const STATUS_API_KEY = '⟦generic_api_key_alnum40:status⟧';

export const api = axios.create({
  baseURL: API_BASE,
  timeout: 10_000,
});

api.interceptors.request.use((config) => {
  const token = localStorage.getItem('access_token');
  if (token) config.headers.Authorization = `Bearer ${token}`;
  return config;
});

export async function fetchStatus() {
  const { data } = await axios.get('https://status.northwind-labs.com/api/v2/summary.json', {
    headers: { 'X-Api-Key': STATUS_API_KEY },
  });
  return data;
}

export async function geocode(q) {
  const url = `https://api.positionstack.com/v1/forward?access_key=⟦positionstack_key⟧&query=${encodeURIComponent(q)}`;
  return (await axios.get(url)).data;
}
