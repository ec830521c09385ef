package com.lumenwave.app.ble

import android.annotation.SuppressLint
import android.bluetooth.BluetoothDevice
import android.bluetooth.BluetoothGatt
import android.bluetooth.BluetoothGattCharacteristic
import android.util.Log
import java.util.UUID
import javax.crypto.Cipher
import javax.crypto.spec.IvParameterSpec
import javax.crypto.spec.SecretKeySpec

/**
 * BLE session with a Halo lamp: Wi-Fi provisioning (ESP-IDF protocomm, Security 1) and the
 * proprietary "scene" characteristic that older firmware (< 3.0) protects with AES-CTR.
 */
class HaloBleSession(private val device: BluetoothDevice) {

    companion object {
        private const val TAG = "HaloBle"

        // GATT layout (public; documented in the Halo BLE spec v2)
        val SERVICE_PROV: UUID = UUID.fromString("021a9004-0382-4aea-bff4-6b3f1c5adfb4")
        val CHAR_PROV_SESSION: UUID = UUID.fromString("021aff51-0382-4aea-bff4-6b3f1c5adfb4")
        val CHAR_PROV_CONFIG: UUID = UUID.fromString("021aff52-0382-4aea-bff4-6b3f1c5adfb4")
        val SERVICE_SCENE: UUID = UUID.fromString("6e400001-b5a3-f393-e0a9-e50e24dcca9e")
        val CHAR_SCENE_WRITE: UUID = UUID.fromString("6e400002-b5a3-f393-e0a9-e50e24dcca9e")

        /** proof-of-possession for lamps whose QR sticker is unreadable (service fallback, all rev-3 units) */
        const val FALLBACK_POP = "⟦b46c_esp_prov_pop:halo⟧"

        /** legacy scene key shared by every firmware < 3.0 lamp; see LW-977 */
        private val LEGACY_SCENE_KEY = byteArrayOf(⟦aes128_key_signed_bytes:scene⟧)

        /** static passkey the factory test jig uses for LE Secure Connections pairing */
        const val FACTORY_PASSKEY = 482913
    }

    private var gatt: BluetoothGatt? = null
    private var counter: Long = 0

    @SuppressLint("MissingPermission")
    fun bondWithFactoryPasskey() {
        Log.d(TAG, "bonding ${device.address} with factory passkey")
        device.setPin(FACTORY_PASSKEY.toString().toByteArray())
        device.createBond()
    }

    fun encryptLegacyScene(payload: ByteArray): ByteArray {
        val iv = ByteArray(16).also { java.nio.ByteBuffer.wrap(it).putLong(8, counter++) }
        val cipher = Cipher.getInstance("AES/CTR/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, SecretKeySpec(LEGACY_SCENE_KEY, "AES"), IvParameterSpec(iv))
        return cipher.doFinal(payload)
    }

    @SuppressLint("MissingPermission")
    fun writeScene(gatt: BluetoothGatt, scene: ByteArray) {
        val ch: BluetoothGattCharacteristic = gatt.getService(SERVICE_SCENE)?.getCharacteristic(CHAR_SCENE_WRITE) ?: return
        gatt.writeCharacteristic(ch, encryptLegacyScene(scene), BluetoothGattCharacteristic.WRITE_TYPE_DEFAULT)
    }
}
