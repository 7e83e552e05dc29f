docker info | grep Swarm
docker swarm init
docker swarm init --advertise-addr 192.168.99.100
docker info
docker node ls
docker service create -p 82:80 --name hello-swarm tutum/hello-world
docker service ls
docker service ps hello-swarm
docker container ls
curl -s 192.168.99.100:82 | grep hostname
docker service scale hello-swarm=5
docker service ps hello-swarm
curl -s 192.168.99.100:82 | grep hostname
curl -s 192.168.99.100:82 | grep hostname
curl -s 192.168.99.100:82 | grep hostname
docker container ls
docker container stop $(docker container ls -q --filter name=hello-swarm.3)
docker service ls
docker service ps hello-swarm
sleep 10
docker service ls
docker service ps hello-swarm
docker service scale hello-swarm=3
docker service ls
docker service rm hello-swarm
docker container ls
docker network ls
docker swarm leave
docker swarm leave --force
docker info | grep Swarm
docker service ls
