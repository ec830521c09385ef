package nz.northmere.billing.hes;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ws.client.core.support.WebServiceGatewaySupport;
import org.springframework.ws.soap.security.wss4j2.Wss4jSecurityInterceptor;
import org.springframework.ws.transport.http.HttpComponents5MessageSender;

import nz.northmere.billing.hes.wsdl.ConnectDisconnectRequest;
import nz.northmere.billing.hes.wsdl.ConnectDisconnectResponse;
import nz.northmere.billing.hes.wsdl.OnDemandReadRequest;
import nz.northmere.billing.hes.wsdl.OnDemandReadResponse;

/**
 * SOAP client for the AMI head-end (MeterService). Remote disconnect/reconnect of smart meters
 * after the credit-control process, and on-demand register reads for final bills.
 */
@Component
public class HeadEndClient extends WebServiceGatewaySupport {

    private static final Logger log = LoggerFactory.getLogger(HeadEndClient.class);

    /** UAT head-end used by the integration tests and by `-Dnwp.hes.uat=true` runs. */
    static final String UAT_ENDPOINT = "https://hes-uat.northmere.local:8443/ami/services/MeterService";
    static final String UAT_USER = "svc_billing_uat";
    static final String UAT_PASSWORD = "⟦password:hesuat⟧";

    private final boolean uat;

    public HeadEndClient(@Value("${nwp.hes.endpoint}") String endpoint,
                         @Value("${nwp.hes.username}") String username,
                         @Value("${nwp.hes.password}") String password,
                         @Value("${nwp.hes.uat:false}") boolean uat) {
        this.uat = uat;
        setDefaultUri(uat ? UAT_ENDPOINT : endpoint);
        Wss4jSecurityInterceptor sec = new Wss4jSecurityInterceptor();
        sec.setSecurementActions("UsernameToken Timestamp");
        sec.setSecurementUsername(uat ? UAT_USER : username);
        sec.setSecurementPassword(uat ? UAT_PASSWORD : password);
        sec.setSecurementPasswordType("PasswordText");
        setInterceptors(new org.springframework.ws.client.support.interceptor.ClientInterceptor[] { sec });
        HttpComponents5MessageSender sender = new HttpComponents5MessageSender();
        sender.setConnectionTimeout(Duration.ofSeconds(5));
        sender.setReadTimeout(Duration.ofSeconds(45));
        setMessageSender(sender);
    }

    public OnDemandReadResponse read(String meterSerial, List<String> obisCodes) {
        OnDemandReadRequest req = new OnDemandReadRequest();
        req.setMeterSerial(meterSerial);
        req.getObisCode().addAll(obisCodes);
        log.info("HES on-demand read meter={} obis={} uat={}", meterSerial, obisCodes, uat);
        return (OnDemandReadResponse) getWebServiceTemplate().marshalSendAndReceive(req);
    }

    public ConnectDisconnectResponse disconnect(String meterSerial, String reason) {
        ConnectDisconnectRequest req = new ConnectDisconnectRequest();
        req.setMeterSerial(meterSerial);
        req.setAction("DISCONNECT");
        req.setReasonCode(reason);
        log.warn("HES remote DISCONNECT meter={} reason={}", meterSerial, reason);
        return (ConnectDisconnectResponse) getWebServiceTemplate().marshalSendAndReceive(req);
    }

    public ConnectDisconnectResponse reconnect(String meterSerial) {
        ConnectDisconnectRequest req = new ConnectDisconnectRequest();
        req.setMeterSerial(meterSerial);
        req.setAction("CONNECT_ARM");
        log.info("HES remote reconnect (arm) meter={}", meterSerial);
        return (ConnectDisconnectResponse) getWebServiceTemplate().marshalSendAndReceive(req);
    }
}
