module example.com/armcgo

go 1.21
