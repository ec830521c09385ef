FLASK_APP=api.app:create_app
FLASK_DEBUG=1
FLASK_RUN_PORT=5001
SECRET_KEY=⟦flask_secret_key⟧
SQLALCHEMY_DATABASE_URI=mysql+pymysql://api:Flask4Ever%21@localhost:3306/api
MAIL_SERVER=smtp.gmail.com
MAIL_USERNAME=notifications@acme-shop.com
MAIL_PASSWORD=⟦google_app_password⟧
