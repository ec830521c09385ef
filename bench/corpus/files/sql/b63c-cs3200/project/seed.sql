-- CS 3200 final project: "CampusEats" (Team 9: Reyes, Nguyen, Patel, O'Brien)
-- seed data for the demo. run after schema.sql:  mysql -u root -p campuseats < seed.sql

CREATE DATABASE IF NOT EXISTS campuseats;
USE campuseats;

-- app user for the Flask backend (matches config.py)
CREATE USER IF NOT EXISTS 'campuseats_app'@'%' IDENTIFIED BY 'Husky2025!';
GRANT SELECT, INSERT, UPDATE, DELETE ON campuseats.* TO 'campuseats_app'@'%';
FLUSH PRIVILEGES;

INSERT INTO restaurant (restaurant_id, name, location, cuisine, opens_at, closes_at) VALUES
  (1, 'Rebecca''s Cafe', 'Curry Student Center', 'Cafe', '07:00', '20:00'),
  (2, 'Popeyes', 'Curry Student Center', 'Fast food', '10:30', '22:00'),
  (3, 'Qdoba', 'Marino Center', 'Mexican', '11:00', '21:00'),
  (4, 'Kigo Kitchen', 'Stetson West', 'Asian', '11:00', '20:30');

-- passwords are bcrypt hashes made by the backend (werkzeug would be pbkdf2 but we used bcrypt)
INSERT INTO app_user (user_id, email, display_name, password_hash, role, created_at) VALUES
  (1, 'reyes.d@northeastern.edu', 'Daniela', '⟦bcrypt_hash:u1⟧', 'admin', '2024-11-02 14:11:00'),
  (2, 'nguyen.t@northeastern.edu', 'Tuan', '⟦bcrypt_hash:u2⟧', 'admin', '2024-11-02 14:12:00'),
  (3, 'demo.student@northeastern.edu', 'Demo Student', '⟦bcrypt_hash:u3⟧', 'student', '2024-11-03 09:40:00'),
  (4, 'grader@northeastern.edu', 'TA Grader', '⟦bcrypt_hash:u4⟧', 'grader', '2024-11-03 09:41:00');

INSERT INTO menu_item (item_id, restaurant_id, name, price_cents, calories, is_vegetarian) VALUES
  (101, 1, 'Iced Latte', 495, 190, TRUE),
  (102, 1, 'Everything Bagel w/ Cream Cheese', 375, 420, TRUE),
  (201, 2, '3pc Tenders Combo', 1099, 1150, FALSE),
  (301, 3, 'Chicken Burrito Bowl', 1249, 780, FALSE),
  (302, 3, 'Veggie Burrito', 1099, 690, TRUE),
  (401, 4, 'General Tso Chicken', 1150, 980, FALSE);

INSERT INTO orders (order_id, user_id, restaurant_id, placed_at, status, total_cents) VALUES
  (5001, 3, 1, '2024-11-20 08:15:00', 'picked_up', 870),
  (5002, 3, 3, '2024-11-20 12:41:00', 'ready', 1249),
  (5003, 4, 2, '2024-11-21 18:02:00', 'placed', 1099);

-- payment tokens are fake Stripe test-mode ids from the sandbox, not real cards
INSERT INTO payment (payment_id, order_id, provider_ref, card_last4, amount_cents) VALUES
  (1, 5001, 'pi_3QNf2LFakeDemo00001', '4242', 870),
  (2, 5002, 'pi_3QNf2LFakeDemo00002', '4242', 1249);
