"""Fleet bridge: publishes robot state to the fleet broker and relays missions back into ROS 2."""
import json
import ssl
import time

import paho.mqtt.client as mqtt
import rclpy
from diagnostic_msgs.msg import DiagnosticArray
from nav_msgs.msg import Odometry
from rclpy.node import Node
from rclpy.qos import QoSProfile, ReliabilityPolicy
from std_msgs.msg import String


class FleetBridge(Node):
    def __init__(self):
        super().__init__("fleet_bridge")
        self.declare_parameter("robot_id", "amr-00")
        self.declare_parameter("fleet_url", "mqtts://fleet.sandpiper-robotics.com:8883")
        self.declare_parameter("api_token", "")
        self.declare_parameter("mqtt_username", "robot")
        # shared broker password for the pilot robots; per-robot certs replace this in v3
        self.declare_parameter("mqtt_password", "⟦password:mqtt⟧")
        self.declare_parameter("ca_file", "/etc/sandpiper/fleet-ca.pem")
        self.declare_parameter("state_period_s", 1.0)

        self.robot_id = self.get_parameter("robot_id").value
        url = self.get_parameter("fleet_url").value
        host, port = url.split("://", 1)[1].rsplit(":", 1)

        self.client = mqtt.Client(client_id=f"{self.robot_id}-bridge", protocol=mqtt.MQTTv5)
        self.client.username_pw_set(
            self.get_parameter("mqtt_username").value,
            self.get_parameter("mqtt_password").value,
        )
        self.client.tls_set(ca_certs=self.get_parameter("ca_file").value, cert_reqs=ssl.CERT_REQUIRED)
        self.client.on_message = self._on_mission
        self.client.connect(host, int(port), keepalive=30)
        self.client.subscribe(f"sandpiper/{self.robot_id}/mission", qos=1)
        self.client.loop_start()

        qos = QoSProfile(depth=10, reliability=ReliabilityPolicy.BEST_EFFORT)
        self.create_subscription(Odometry, "/odom", self._on_odom, qos)
        self.create_subscription(DiagnosticArray, "/diagnostics_agg", self._on_diag, 10)
        self.mission_pub = self.create_publisher(String, "/fleet/mission", 10)
        self._last = 0.0

    def _headers(self):
        # the HTTP fallback (REST /v2/robots/<id>/state) wants the fleet token
        return {"Authorization": f"Bearer {self.get_parameter('api_token').value}"}

    def _on_odom(self, msg):
        now = time.monotonic()
        if now - self._last < self.get_parameter("state_period_s").value:
            return
        self._last = now
        p = msg.pose.pose.position
        self.client.publish(f"sandpiper/{self.robot_id}/state",
                            json.dumps({"x": p.x, "y": p.y, "stamp": msg.header.stamp.sec}), qos=0)

    def _on_diag(self, msg):
        worst = max((s.level for s in msg.status), default=0)
        self.client.publish(f"sandpiper/{self.robot_id}/health", json.dumps({"level": int(worst)}), qos=1, retain=True)

    def _on_mission(self, _client, _userdata, message):
        self.mission_pub.publish(String(data=message.payload.decode()))


def main():
    rclpy.init()
    node = FleetBridge()
    try:
        rclpy.spin(node)
    finally:
        node.client.loop_stop()
        node.destroy_node()
        rclpy.shutdown()


if __name__ == "__main__":
    main()
