/* eslint-disable */
import globalAxios, { AxiosInstance, AxiosPromise } from 'axios';
import { Configuration } from './configuration';

export const BASE_PATH = 'https://api.acme.dev/v2'.replace(/\/+$/, '');

export interface TokenResponse {
    access_token: string;
    refresh_token?: string;
    token_type: 'Bearer';
    expires_in: number;
}

export interface CreateApiKeyRequest {
    name: string;
    scopes: Array<string>;
}

export const setApiKeyToObject = async function (object: any, keyParamName: string, configuration?: Configuration) {
    if (configuration && configuration.apiKey) {
        const localVarApiKeyValue = typeof configuration.apiKey === 'function'
            ? await configuration.apiKey(keyParamName)
            : await configuration.apiKey;
        object[keyParamName] = localVarApiKeyValue;
    }
};

export const setBearerAuthToObject = async function (object: any, configuration?: Configuration) {
    if (configuration && configuration.accessToken) {
        const accessToken = typeof configuration.accessToken === 'function'
            ? await configuration.accessToken()
            : await configuration.accessToken;
        object['Authorization'] = 'Bearer ' + accessToken;
    }
};

export class AuthApi {
    constructor(protected configuration?: Configuration, protected basePath: string = BASE_PATH, protected axios: AxiosInstance = globalAxios) {}

    public createToken(clientId: string, clientSecret: string): AxiosPromise<TokenResponse> {
        return this.axios.post(`${this.basePath}/oauth/token`, { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
    }

    public rotateApiKey(keyId: string, request: CreateApiKeyRequest): AxiosPromise<{ id: string; secret: string }> {
        return this.axios.post(`${this.basePath}/api-keys/${encodeURIComponent(keyId)}/rotate`, request);
    }
}
