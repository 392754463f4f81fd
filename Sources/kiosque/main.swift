import KiosqueCore
print("kiosque")
