-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: sgm-mysql-prod    Database: sgm_core
-- ------------------------------------------------------
-- Server version	8.0.35

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET TIME_ZONE='+07:00' */;

--
-- Table structure for table `cau_hinh_he_thong`
--

DROP TABLE IF EXISTS `cau_hinh_he_thong`;
CREATE TABLE `cau_hinh_he_thong` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `nhom` varchar(50) NOT NULL,
  `khoa` varchar(100) NOT NULL,
  `gia_tri` text,
  `mo_ta` varchar(255) DEFAULT NULL,
  `cap_nhat_luc` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_nhom_khoa` (`nhom`,`khoa`)
) ENGINE=InnoDB AUTO_INCREMENT=48 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

--
-- Dumping data for table `cau_hinh_he_thong`
--

LOCK TABLES `cau_hinh_he_thong` WRITE;
INSERT INTO `cau_hinh_he_thong` VALUES
(1,'site','ten_cua_hang','SaigonMart','Tên hiển thị','2024-01-03 10:00:00'),
(2,'site','hotline','1900 6868','Hotline CSKH','2024-01-03 10:00:00'),
(3,'vnpay','tmn_code','⟦b62c_vnpay_tmn_code:db⟧','Mã website VNPAY','2024-02-11 09:12:00'),
(4,'vnpay','hash_secret','⟦b62c_vnpay_hash_secret:db⟧','Chuỗi bí mật VNPAY','2024-02-11 09:12:00'),
(5,'vnpay','version','2.1.0',NULL,'2024-02-11 09:12:00'),
(6,'smtp','host','smtp.gmail.com',NULL,'2024-01-05 08:00:00'),
(7,'smtp','username','noreply@saigonmart.vn',NULL,'2024-01-05 08:00:00'),
(8,'smtp','password','⟦google_app_password:smtp⟧','App password Google Workspace','2024-06-20 14:31:00'),
(9,'hoa_don_dien_tu','nha_cung_cap','MISA meInvoice',NULL,'2024-03-01 10:00:00'),
(10,'hoa_don_dien_tu','ma_so_thue','0316789012',NULL,'2024-03-01 10:00:00'),
(11,'hoa_don_dien_tu','tai_khoan','0316789012-admin',NULL,'2024-03-01 10:00:00'),
(12,'hoa_don_dien_tu','mat_khau','Sgm@Misa2024','Mật khẩu đăng nhập meInvoice','2024-03-01 10:00:00'),
(13,'zalo','oa_id','1839224771028839120','OA SaigonMart','2024-04-14 16:20:00'),
(14,'zalo','oa_access_token','⟦b62c_zalo_oa_access_token:db⟧','Tự cập nhật bởi job refresh','2024-11-05 06:00:01'),
(15,'ghn','shop_id','⟦b62c_ghn_shop_id:db⟧',NULL,'2024-05-02 11:11:00'),
(16,'ghn','token','',NULL,'2024-05-02 11:11:00'),
(17,'giao_hang','phi_mac_dinh','25000','VND','2024-05-02 11:11:00');
UNLOCK TABLES;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2024-11-05 02:00:03
