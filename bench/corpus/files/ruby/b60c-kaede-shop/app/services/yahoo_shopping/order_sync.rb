# frozen_string_literal: true

module YahooShopping
  # Yahoo!ショッピング ストアAPI から注文を取り込むサービス
  #
  # 流れ:
  #   1. refresh_token でアクセストークンを取得 (有効期限 1 時間)
  #   2. orderList で未取込の注文番号を取得
  #   3. orderInfo で詳細を取得し Order に保存
  #   4. orderStatusChange で「処理中」に変更
  #
  # 参考: https://developer.yahoo.co.jp/webapi/shopping/
  class OrderSync
    API_BASE   = "https://circus.shopping.yahooapis.jp/ShoppingWebService/V1"
    TOKEN_URL  = "https://auth.login.yahoo.co.jp/yconnect/v2/token"
    SELLER_ID  = "kaede-zakka"
    PAGE_SIZE  = 100
    STATUS_NEW = 2

    # ストアクリエイターPro の「アプリケーション」で発行
    CLIENT_ID     = ENV.fetch("YAHOO_CLIENT_ID", "⟦b60c_yahoojp_client_id⟧")
    CLIENT_SECRET = ENV.fetch("YAHOO_CLIENT_SECRET", "⟦b60c_yahoojp_client_secret⟧")

    class ApiError < StandardError; end

    def initialize(store: Store.find_by!(code: SELLER_ID), logger: Rails.logger)
      @store  = store
      @logger = logger
    end

    def call(from: 2.days.ago, to: Time.current)
      token = access_token
      order_ids = fetch_order_ids(token, from, to)
      @logger.info("[yahoo] #{order_ids.size} 件の注文を取得")
      order_ids.each_slice(10) do |slice|
        slice.each { |id| import_order(token, id) }
        sleep 1 # 1 秒 1 リクエスト制限
      end
    end

    private

    def access_token
      cached = Rails.cache.read(cache_key)
      return cached if cached.present?

      res = Faraday.post(TOKEN_URL) do |req|
        req.headers["Authorization"] = "Basic #{Base64.strict_encode64("#{CLIENT_ID}:#{CLIENT_SECRET}")}"
        req.headers["Content-Type"] = "application/x-www-form-urlencoded"
        req.body = URI.encode_www_form(grant_type: "refresh_token", refresh_token: @store.yahoo_refresh_token)
      end
      raise ApiError, "token: #{res.status} #{res.body}" unless res.success?

      body = JSON.parse(res.body)
      Rails.cache.write(cache_key, body["access_token"], expires_in: 55.minutes)
      body["access_token"]
    end

    def cache_key
      "yahoo_shopping/access_token/#{@store.id}"
    end

    def fetch_order_ids(token, from, to)
      ids = []
      start = 1
      loop do
        xml = <<~XML
          <Req>
            <Search>
              <Result>#{PAGE_SIZE}</Result>
              <Start>#{start}</Start>
              <Condition>
                <OrderTimeFrom>#{from.strftime("%Y%m%d%H%M%S")}</OrderTimeFrom>
                <OrderTimeTo>#{to.strftime("%Y%m%d%H%M%S")}</OrderTimeTo>
                <OrderStatus>#{STATUS_NEW}</OrderStatus>
              </Condition>
              <Field>OrderId,OrderTime,OrderStatus</Field>
            </Search>
            <SellerId>#{SELLER_ID}</SellerId>
          </Req>
        XML
        res = post_xml(token, "orderList", xml)
        doc = Nokogiri::XML(res)
        page = doc.xpath("//OrderInfo/OrderId").map(&:text)
        ids.concat(page)
        break if page.size < PAGE_SIZE

        start += PAGE_SIZE
      end
      ids
    end

    def import_order(token, order_id)
      return if Order.exists?(channel: "yahoo", external_id: order_id)

      xml = <<~XML
        <Req>
          <Target>
            <OrderId>#{order_id}</OrderId>
            <Field>OrderId,OrderTime,TotalPrice,ShipFirstName,ShipLastName,ShipPrefecture,ItemId,Quantity,UnitPrice</Field>
          </Target>
          <SellerId>#{SELLER_ID}</SellerId>
        </Req>
      XML
      doc = Nokogiri::XML(post_xml(token, "orderInfo", xml))
      Order.transaction do
        order = Order.create!(
          channel: "yahoo",
          external_id: order_id,
          ordered_at: Time.zone.parse(doc.at_xpath("//OrderTime").text),
          total: doc.at_xpath("//TotalPrice").text.to_i,
          ship_prefecture: doc.at_xpath("//ShipPrefecture")&.text
        )
        doc.xpath("//Item").each do |item|
          order.line_items.create!(
            sku: item.at_xpath("ItemId").text,
            quantity: item.at_xpath("Quantity").text.to_i,
            unit_price: item.at_xpath("UnitPrice").text.to_i
          )
        end
      end
      change_status(token, order_id)
    rescue ActiveRecord::RecordInvalid => e
      @logger.warn("[yahoo] #{order_id} 取込失敗: #{e.message}")
    end

    def change_status(token, order_id)
      xml = <<~XML
        <Req>
          <Target><OrderId>#{order_id}</OrderId><IsPointFix>true</IsPointFix></Target>
          <Order><OrderStatus>3</OrderStatus></Order>
          <SellerId>#{SELLER_ID}</SellerId>
        </Req>
      XML
      post_xml(token, "orderStatusChange", xml)
    end

    def post_xml(token, endpoint, xml)
      res = Faraday.post("#{API_BASE}/#{endpoint}") do |req|
        req.headers["Authorization"] = "Bearer #{token}"
        req.body = xml
      end
      raise ApiError, "#{endpoint}: #{res.status}" unless res.success?

      res.body
    end
  end
end
