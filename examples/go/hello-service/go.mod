module example.com/hello-service

go 1.21
