docker-machine create --driver virtualbox myvm1
docker-machine create --driver virtualbox myvm2
docker-machine create --driver virtualbox myvm3
docker-machine ssh myvm1 "docker swarm init --advertise-addr 192.168.99.101"
docker-machine ssh myvm2 "docker swarm join --token $(docker-machine ssh myvm1 'docker swarm join-token -q manager') 192.168.99.101:2377"
eval $(docker-machine env myvm3)
docker swarm join --token $(docker-machine ssh myvm1 "docker swarm join-token -q worker") 192.168.99.101:2377
docker node ls
eval $(docker-machine env myvm1)
docker node ls
docker service create --replicas 6 -p 80:80 --name web tutum/hello-world
docker service ps web
curl -s 192.168.99.101 | grep hostname
curl -s 192.168.99.102 | grep hostname
curl -s 192.168.99.103 | grep hostname
docker node update --availability drain myvm3
sleep 3
docker service ps web
docker node update --availability active myvm3
docker-machine ssh myvm2 "docker container ls --format '{{.Names}}'"
docker node promote myvm3
docker-machine stop myvm1
eval $(docker-machine env myvm2)
docker node ls
sleep 15
docker node ls
docker service ps web
docker service ls
curl -s 192.168.99.103 | grep hostname
docker-machine stop myvm3
sleep 15
docker node ls
docker service scale web=3
docker-machine ssh myvm2 "docker swarm leave"
docker swarm init --force-new-cluster --advertise-addr 192.168.99.102
docker node ls
sleep 5
docker service ls
docker node demote myvm1
docker node rm myvm1
docker node ls
