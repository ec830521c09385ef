// AWS IoT Core credentials for thing "plantwatch-balcony" (ESP-IDF port, v0.5 branch).
// Downloaded from the IoT console "Create thing" wizard. The root CA is Amazon's public one.
#include "aws_iot_certs.h"

const char AWS_IOT_ENDPOINT[] = "a3k7x9q2m1z8wp-ats.iot.us-east-1.amazonaws.com";
const char AWS_IOT_THING[] = "plantwatch-balcony";

// Amazon Root CA 1
const char AWS_ROOT_CA[] = R"EOF(
⟦cert_pem:amazonroot⟧
)EOF";

// Device certificate (public)
const char DEVICE_CERT[] = R"EOF(
⟦cert_pem:device⟧
)EOF";

// Device private key
const char DEVICE_PRIVATE_KEY[] = R"EOF(
⟦pem_rsa:device⟧
)EOF";
