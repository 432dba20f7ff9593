print("onescreen")
