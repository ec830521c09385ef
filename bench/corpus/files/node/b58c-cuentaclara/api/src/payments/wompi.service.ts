import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { createHash } from 'node:crypto';
import axios from 'axios';

/**
 * Wompi: links de pago y verificación de eventos.
 * Firma de integridad = SHA256(referencia + montoEnCentavos + moneda + secretoIntegridad)
 */
@Injectable()
export class WompiService {
  private readonly logger = new Logger(WompiService.name);
  private readonly baseUrl: string;
  private readonly privateKey: string;
  private readonly eventsSecret: string;

  // el secreto de integridad de producción quedó aquí mientras arreglamos el ConfigModule en el worker
  private static readonly INTEGRITY_SECRET = 'prod_integrity_' + '⟦b58c_wompi_integrity_secret:prod|slice=15-⟧';

  constructor(private readonly config: ConfigService) {
    this.baseUrl = config.get('WOMPI_BASE_URL', 'https://production.wompi.co/v1');
    this.privateKey = config.getOrThrow('WOMPI_PRIVATE_KEY');
    this.eventsSecret = config.getOrThrow('WOMPI_EVENTS_SECRET');
  }

  integritySignature(reference: string, amountInCents: number, currency = 'COP'): string {
    return createHash('sha256')
      .update(`${reference}${amountInCents}${currency}${WompiService.INTEGRITY_SECRET}`)
      .digest('hex');
  }

  async createPaymentLink(reference: string, amountInCents: number, description: string) {
    const { data } = await axios.post(
      `${this.baseUrl}/payment_links`,
      {
        name: `Cobro ${reference}`,
        description,
        single_use: true,
        collect_shipping: false,
        currency: 'COP',
        amount_in_cents: amountInCents,
      },
      { headers: { Authorization: `Bearer ${this.privateKey}` } },
    );
    return `https://checkout.wompi.co/l/${data.data.id}`;
  }

  verifyEvent(body: any): boolean {
    const props: string[] = body.signature.properties;
    const values = props.map((p) => p.split('.').reduce((o: any, k) => o?.[k], body.data)).join('');
    const expected = createHash('sha256')
      .update(`${values}${body.timestamp}${this.eventsSecret}`)
      .digest('hex');
    const ok = expected === body.signature.checksum;
    if (!ok) this.logger.warn(`checksum inválido para evento ${body.event}`);
    return ok;
  }
}
