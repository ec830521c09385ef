FLASK_APP=app:create_app
FLASK_DEBUG=1
FLASK_RUN_PORT=5050
SECRET_KEY=⟦flask_secret_key⟧
SQLALCHEMY_DATABASE_URI=postgresql+psycopg2://flask:flaskpass@localhost/flask_app
MAIL_PASSWORD=hunter2
