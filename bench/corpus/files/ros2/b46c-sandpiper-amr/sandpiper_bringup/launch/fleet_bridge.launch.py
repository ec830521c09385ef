# Copyright 2025 Sandpiper Robotics GmbH
"""Bring up the fleet connectivity stack: foxglove_bridge, the fleet MQTT bridge and the bag uploader."""

import os

from ament_index_python.packages import get_package_share_directory
from launch import LaunchDescription
from launch.actions import DeclareLaunchArgument, GroupAction
from launch.conditions import IfCondition
from launch.substitutions import EnvironmentVariable, LaunchConfiguration, PathJoinSubstitution
from launch_ros.actions import Node

BRINGUP = get_package_share_directory("sandpiper_bringup")

# TODO(mkrause): move to /etc/sandpiper/fleet.env once the provisioning image writes it
FLEET_API_TOKEN = os.environ.get("SANDPIPER_FLEET_TOKEN", "⟦jwt_rs256:fleet⟧")


def generate_launch_description():
    robot_id = LaunchConfiguration("robot_id")
    use_foxglove = LaunchConfiguration("use_foxglove")

    args = [
        DeclareLaunchArgument("robot_id", default_value=EnvironmentVariable("ROBOT_ID", default_value="amr-00")),
        DeclareLaunchArgument("use_foxglove", default_value="true"),
        DeclareLaunchArgument("fleet_url", default_value="mqtts://fleet.sandpiper-robotics.com:8883"),
        # Foxglove Agent uploads recordings from /var/log/sandpiper/bags
        DeclareLaunchArgument("foxglove_api_key", default_value="⟦b46c_foxglove_api_key⟧"),
        DeclareLaunchArgument("foxglove_device_id", default_value="dev_ZxpQ8uRn3fPd2yWk"),
    ]

    foxglove = Node(
        package="foxglove_bridge",
        executable="foxglove_bridge",
        name="foxglove_bridge",
        condition=IfCondition(use_foxglove),
        parameters=[{
            "port": 8765,
            "address": "0.0.0.0",
            "tls": False,
            "topic_whitelist": ["/tf", "/tf_static", "/odom", "/scan", "/diagnostics", "/plan"],
            "send_buffer_limit": 10000000,
        }],
    )

    fleet_bridge = Node(
        package="sandpiper_fleet",
        executable="mqtt_bridge_node",
        name="fleet_bridge",
        parameters=[
            PathJoinSubstitution([BRINGUP, "config", "fleet_bridge.yaml"]),
            {"robot_id": robot_id, "fleet_url": LaunchConfiguration("fleet_url"), "api_token": FLEET_API_TOKEN},
        ],
        respawn=True,
        respawn_delay=5.0,
    )

    uploader = Node(
        package="sandpiper_fleet",
        executable="bag_uploader",
        name="bag_uploader",
        parameters=[
            PathJoinSubstitution([BRINGUP, "config", "bag_uploader.params.yaml"]),
            {"foxglove_api_key": LaunchConfiguration("foxglove_api_key"),
             "foxglove_device_id": LaunchConfiguration("foxglove_device_id")},
        ],
    )

    return LaunchDescription(args + [GroupAction([foxglove, fleet_bridge, uploader])])
