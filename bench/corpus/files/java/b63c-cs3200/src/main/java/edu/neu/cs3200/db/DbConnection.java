package edu.neu.cs3200.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * JDBC helper for the CampusEats admin CLI (the Java part of the project).
 *
 * <p>The grader runs this against our MySQL instance on the team's DigitalOcean droplet.
 */
public final class DbConnection {

  private static final String HOST = "165.227.94.18";
  private static final int PORT = 3306;
  private static final String DB = "campuseats";
  private static final String USER = "campuseats_app";
  private static final String PASSWORD = "Husky2025!";

  private static final String URL =
      "jdbc:mysql://" + HOST + ":" + PORT + "/" + DB
          + "?useSSL=false&allowPublicKeyRetrieval=true&serverTimezone=America/New_York";

  private DbConnection() {}

  public static Connection open() throws SQLException {
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }

  public static void main(String[] args) {
    try (Connection c = open()) {
      System.out.println("connected: " + c.getMetaData().getDatabaseProductVersion());
    } catch (SQLException e) {
      System.err.println("could not connect: " + e.getMessage());
      System.exit(1);
    }
  }
}
