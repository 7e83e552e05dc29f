docker-machine ls
docker-machine ip
docker-machine create --driver virtualbox myvm1
docker-machine create --driver virtualbox myvm1
docker-machine ls
docker-machine ip myvm1
docker-machine env myvm1
eval $(docker-machine env myvm1)
docker-machine ls
docker-machine ssh myvm1 "docker ps"
docker-machine ssh myvm1
hostname
exit
docker-machine stop myvm1
docker-machine ls
docker-machine rm -y myvm1
docker-machine ip myvm1
