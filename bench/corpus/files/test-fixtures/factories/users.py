import factory
from django.contrib.auth.hashers import make_password

from accounts.models import ApiToken, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    password = factory.LazyFunction(lambda: make_password("password"))
    is_active = True


class ApiTokenFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ApiToken

    user = factory.SubFactory(UserFactory)
    token_hash = factory.Faker("sha256")
    name = factory.Faker("word")
    secret = factory.Faker("password", length=32)
