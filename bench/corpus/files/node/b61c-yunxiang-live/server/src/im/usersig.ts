/**
 * UserSig 签发：按官方算法在服务端计算，前端只拿结果。
 * 密钥从环境变量读取（K8s Secret tim-secret 注入），本文件不保存任何密钥。
 * 参考 https://cloud.tencent.com/document/product/269/32688
 */
import TLSSigAPIv2 from 'tls-sig-api-v2';
import { Request, Response } from 'express';

const SDKAPPID = Number(process.env.TIM_SDKAPPID);
const SECRETKEY = process.env.TIM_SECRET_KEY as string;

if (!SDKAPPID || !SECRETKEY) {
  throw new Error('TIM_SDKAPPID / TIM_SECRET_KEY not set');
}

const api = new TLSSigAPIv2.Api(SDKAPPID, SECRETKEY);

export function genUserSig(userId: string, expire = 86400 * 7): string {
  return api.genSig(userId, expire);
}

export async function userSigHandler(req: Request, res: Response) {
  const userId = req.user?.id;
  if (!userId) {
    return res.status(401).json({ code: 401, msg: 'unauthorized' });
  }
  // 返回给客户端的 UserSig 不打日志
  res.json({ code: 0, data: { sdkAppId: SDKAPPID, userId, userSig: genUserSig(String(userId)) } });
}
