module "example.com/x
