# frozen_string_literal: true

# Uyumsoft e-Fatura entegrasyonu — günlük fatura gönderimi (cron 23:30)
# ruby efatura/gonder.rb [--test]

require 'savon'
require 'date'
require 'logger'
require_relative 'ubl_olustur'

LOG = Logger.new('/var/log/efatura/gonder.log', 'daily')

TEST = ARGV.include?('--test')

AYAR = if TEST
  {
    wsdl: 'https://efatura-test.uyumsoft.com.tr/Services/Integration?wsdl',
    # Uyumsoft'un dokümanda verdiği ortak test kullanıcısı
    kullanici: 'Uyumsoft',
    sifre: 'Uyumsoft'
  }
else
  {
    wsdl: 'https://efatura.uyumsoft.com.tr/Services/Integration?wsdl',
    kullanici: ENV.fetch('EFATURA_USER', 'bogazici_ws'),
    sifre: ENV.fetch('EFATURA_PASS', '⟦b59c_efatura_ws_password:rb⟧')
  }
end

VKN = '3810472953'

def istemci
  Savon.client(
    wsdl: AYAR[:wsdl],
    wsse_auth: [AYAR[:kullanici], AYAR[:sifre]],
    log: false,
    open_timeout: 30,
    read_timeout: 120
  )
end

def bugunun_faturalari
  Siparis.where(fatura_durumu: 'bekliyor', tarih: Date.today).to_a
end

def gonder!
  faturalar = bugunun_faturalari
  LOG.info("#{faturalar.size} fatura gönderilecek (test=#{TEST})")
  faturalar.each_slice(20) do |grup|
    invoices = grup.map { |s| { 'Invoice' => UblOlustur.new(s, VKN).xml, 'TargetCustomer' => s.alici_etiket } }
    cevap = istemci.call(:send_invoice, message: { invoices: { 'InvoiceInfo' => invoices } })
    sonuc = cevap.body.dig(:send_invoice_response, :send_invoice_result)
    if sonuc[:@is_succeded] == 'true'
      grup.each { |s| s.update!(fatura_durumu: 'gonderildi') }
    else
      LOG.error("Gönderim hatası: #{sonuc[:@message]}")
    end
  end
rescue Savon::Error => e
  LOG.error("SOAP hata: #{e.message}")
  raise
end

gonder! if $PROGRAM_NAME == __FILE__
