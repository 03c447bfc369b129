module example.com/sshcgo

go 1.21
