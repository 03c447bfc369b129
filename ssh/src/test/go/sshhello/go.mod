module example.com/sshhello

go 1.21
